// A file the preview cannot open, with the message the person sees (the workbook stays as it was).

export class OpenFileError extends Error {
  override readonly name = "OpenFileError";
}
