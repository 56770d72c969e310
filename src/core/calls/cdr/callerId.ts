// Caller ID as phone systems write it ("Name" <number>), and the device in a channel name.

export interface CallerId {
  name: string;
  number: string;
}

const WITH_NUMBER = /^\s*(?:"((?:[^"]|"")*)"|([^<]*?))\s*<([^>]*)>\s*$/;

/**
 * `"Ravi Mehta" <1115>`, `Ravi Mehta <1115>`, `<1115>`, `"" <1115>`, `1115` or a bare name. A name that
 * only repeats the number is dropped.
 */
export function splitCallerId(clid: string): CallerId {
  const text = clid.trim();
  const m = WITH_NUMBER.exec(text);
  let name: string;
  let number: string;
  if (m) {
    name = (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]).trim();
    number = m[3].trim();
  } else if (/^\+?[\d\s().-]+$/.test(text)) {
    [name, number] = ["", text];
  } else {
    [name, number] = [text.replace(/^"(.*)"$/, "$1").trim(), ""];
  }
  if (name !== "" && name.replace(/\D/g, "") === number.replace(/\D/g, "") && /^\+?[\d\s().-]+$/.test(name)) {
    name = "";
  }
  return { name, number };
}

/**
 * The device a channel name is for: "SIP/201-0000001a" → "201", "PJSIP/201-00000012" → "201",
 * "Local/202@from-queue-00000003;1" → "202", "SIP/my-trunk-0000001a" → "my-trunk". "" when there is none.
 */
export function channelDevice(channel: string): string {
  const m = /^[A-Za-z0-9]+\/(.+)$/.exec(channel.trim());
  if (!m) return "";
  const rest = m[1];
  const at = rest.indexOf("@");
  if (at >= 0) return rest.slice(0, at);
  // The channel's own suffix (a hex counter, ";1" for a Local channel's half) is not the device's name.
  return rest.replace(/;\d+$/, "").replace(/-[0-9a-fA-F]+$/, "");
}
