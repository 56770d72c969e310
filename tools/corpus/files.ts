// The sheets people bring, as data: workbooks and exports shaped like the ones office staff really keep
// (title blocks with merged cells and blank rows above the header, misspelt headers, "100 NOS" in a
// quantity column, day-first dates, phone numbers with "+", "ext." and leading zeros, part numbers and
// postcodes with leading zeros, Incoming/Outgoing, stage words, Yes/No/✓). `npm run corpus` writes them
// to tests/fixtures/sheets; tests and `npm run inspect` read the files, never this module's values.
//
// A date written as text ("04/03/2026") is text in the file, as when a sheet was typed in a program that
// did not recognise it or exported by a phone system; a JavaScript Date is a real Excel date.

export type CorpusCell = string | number | boolean | Date | null;

export interface CorpusSheet {
  name: string;
  rows: CorpusCell[][];
  /** A1 ranges of merged cells (the value sits in the first cell). */
  merges?: string[];
  /** Number format for the real dates of a column (by 0-based index), as the person's Excel showed them. */
  dateFormats?: Record<number, string>;
}

export interface CorpusFile {
  file: string;
  /** What the file is, in a sentence (the README of the fixtures lists these). */
  about: string;
  sheets: CorpusSheet[];
  /** For .csv/.txt: how the text is laid out. */
  text?: { delimiter: string; lineEnding: "\r\n" | "\n" | "\r"; bom: boolean };
  /** Write the workbook as macro-enabled (.xlsm). */
  macroEnabled?: boolean;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const itStock: CorpusFile = {
  file: "it-stock-register.xlsx",
  about:
    "An IT stock register: merged title rows, seven blank rows, then Particulars / Opening / Arrivals / Closing with quantities written as 100 NOS, 01nos, 5 pairs; part numbers with leading zeros; day-first dates as text.",
  sheets: [
    {
      name: "Stock Register",
      merges: ["A1:H1", "A2:H2"],
      rows: [
        ["ACME Traders Pvt Ltd", null, null, null, null, null, null, null],
        ["IT Stock Register - March 2026", null, null, null, null, null, null, null],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        ["Sl No", "Particulars", "Part No", "Opening", "Arrivals", "Closing", "Last Checked", "Remarks"],
        [1, "HP 803 Black Cartridge", "0803", 10, 5, "12 NOS", "04/03/2026", null],
        [2, "A4 Paper Ream (JK Copier)", "00231", "100 NOS", "50 NOS", "120 NOS", "04/03/2026", "top shelf"],
        [3, "USB Mouse (Logitech B100)", "910-003357", 8, 2, "01nos", "15/03/2026", "1 faulty"],
        [4, "AA Batteries", "0015", "10 pairs", null, "5 pairs", "15/03/2026", null],
        [5, "LAN Cable Cat6 3m", "CAT6-03", 20, 0, 18, "31/03/2026", null],
        [6, "Keyboard (Dell KB216)", "580-ADGR", 4, 6, 9, null, "=check with IT"],
        [7, "Toner TN-2365", "TN2365", 3, null, 1, null, "-"],
      ],
    },
  ],
};

const staffLaptops: CorpusFile = {
  file: "staff-laptops.xlsx",
  about:
    "A staff laptop register with misspelt headers (SL NO, Name of Staff, laptop Configration), a merged title, an 'Updated' line, employee ids and serial numbers with leading zeros, day-first dates (some real, some text).",
  sheets: [
    {
      name: "Laptops",
      merges: ["A1:I1"],
      dateFormats: { 7: "dd/mm/yyyy" },
      rows: [
        ["Staff Laptop Register", null, null, null, null, null, null, null, null],
        ["Updated: 04/03/2026"],
        [],
        [
          "SL NO",
          "Name of Staff",
          "Employee id",
          "laptop Configration",
          "Make",
          "Model",
          "Serial No",
          "Date of Issue",
          "Status",
        ],
        [
          1,
          "Ravi Kumar",
          "E0042",
          "i5 / 8GB / 256GB SSD",
          "Dell",
          "Latitude 3420",
          "0GH7K23",
          day(2026, 3, 4),
          "Working",
        ],
        [
          2,
          "Priya Nair",
          "00123",
          "i7 / 16GB / 512GB SSD",
          "Lenovo",
          "ThinkPad E14",
          "PF3XK9Q",
          "04/03/2026",
          "Working",
        ],
        [
          3,
          "Tom O'Brien",
          "00457",
          "i5 / 8GB / 1TB HDD",
          "HP",
          "ProBook 440 G8",
          "5CD1234XYZ",
          "17/01/2025",
          "Faulty",
        ],
        [
          4,
          "Anita Desai",
          "01010",
          "i3 / 4GB / 500GB",
          "Acer",
          "Aspire 5",
          "00NXHGSSI004",
          day(2024, 12, 2),
          "In repair",
        ],
        [
          5,
          "John Smith",
          "E0077",
          "M1 / 8GB / 256GB",
          "Apple",
          "MacBook Air",
          "C02FK1ABQ6L4",
          "02/12/2024",
          "working",
        ],
      ],
    },
  ],
};

const supplyCatalog: CorpusFile = {
  file: "supply-catalog.xlsx",
  about:
    "A supplies catalog: Part Name and Item description, 'Units' holding a count (with UOM beside it), prices with currency signs, supplier names, product codes with leading zeros.",
  sheets: [
    {
      name: "Catalog",
      rows: [
        [
          "Part Name",
          "Item description",
          "Product code",
          "Units",
          "UOM",
          "Unit Price",
          "Supplier",
          "Min level",
        ],
        ["Stapler", "Kangaro HD-10 stapler", "000418", 6, "Nos", "£4.50", "Acme Office", 2],
        ["Staples 24/6", "Box of 1000 staples", "000419", 20, "Box", "£1.20", "Acme Office", 5],
        ["Gel pen blue", "Pilot G2 0.7mm", "07701", 48, "Nos", 1.1, "Bolt Stationers", 12],
        ["Whiteboard marker", "Assorted, pack of 4", "07720", 10, "Pack", 3.75, "Bolt Stationers", 3],
        ["Sticky notes", "3x3 in, yellow", "00088", "25", "Pad", 0.9, "Acme Office", 10],
      ],
    },
  ],
};

const hiring: CorpusFile = {
  file: "recruitment-tracker.xlsx",
  about:
    "A recruitment tracker with two sheets: Current_Stage and 'Current Status \\n(Sharp Comments)' holding stage words (Screening, Offer Accepted, Joined, Dropped, HR Round), Resume_Date day-first, Recruiter, Source, phones with +91 and leading zeros; the older sheet writes dates month-first.",
  sheets: [
    {
      name: "Tracker FY26",
      merges: ["A1:J1"],
      rows: [
        ["Hiring tracker FY26 (confidential)", null, null, null, null, null, null, null, null, null],
        [
          "S.No",
          "Candidate Name",
          "Email ID",
          "Contact No",
          "Position",
          "Source",
          "Recruiter",
          "Resume_Date",
          "Current_Stage",
          "Remarks",
        ],
        [
          1,
          "Meera Iyer",
          "meera.iyer@example.com",
          "+91 98450 12345",
          "Office Assistant",
          "Naukri",
          "Sunita",
          "04/03/2026",
          "Screening",
          null,
        ],
        [
          2,
          "Arjun Rao",
          "arjun.rao@example.com",
          "011919885912543",
          "Receptionist",
          "Referral",
          "Sunita",
          "13/02/2026",
          "Offer Accepted",
          "joining 1st April",
        ],
        [
          3,
          "Fatima Sheikh",
          "fatima.s@example.com",
          9845012345,
          "Office Assistant",
          "LinkedIn",
          "Karan",
          "20/01/2026",
          "Joined",
          null,
        ],
        [
          4,
          "David Thomas",
          "david.t@example.com",
          "+91-80-4123-4567",
          "Accounts Executive",
          "Walk-in",
          "Karan",
          "05/02/2026",
          "Dropped",
          "took another offer",
        ],
        [
          5,
          "Lakshmi Menon",
          "lakshmi.m@example.com",
          "080 4123 4568",
          "Receptionist",
          "Naukri",
          "Sunita",
          "28/02/2026",
          "HR Round",
          null,
        ],
        [
          6,
          "Rohit Verma",
          "rohit.v@example.com",
          "+91 99000 11111",
          "Accounts Executive",
          "Referral",
          "Karan",
          "01/03/2026",
          "screening",
          null,
        ],
        [
          7,
          "Sara Khan",
          "sara.k@example.com",
          "+91 99000 22222",
          "Office Assistant",
          "LinkedIn",
          "Sunita",
          "02/03/2026",
          "Rejected",
          "no show",
        ],
      ],
    },
    {
      name: "Old tracker",
      rows: [
        ["Name", "Phone", "Applied for", "Current Status \n(Sharp Comments)", "Interview Date"],
        ["Kevin Lee", "(555) 010-2233", "Receptionist", "Joined", "3/14/2025 10:00"],
        ["Maria Garcia", "555-010-4455", "Office Assistant", "Offer Accepted", "3/18/2025 14:30"],
        ["Ben Carter", "+1 555 010 6677", "Receptionist", "Dropped", "4/2/2025 11:00"],
        ["Chloe Martin", "555.010.8899", "Office Assistant", "Screening", null],
        ["Omar Haddad", "555 010 1122", "Receptionist", "On hold", "4/9/2025 9:15"],
      ],
    },
  ],
};

const messages: CorpusFile = {
  file: "phone-messages.xlsx",
  about:
    "A front-desk phone message book: merged title, separate Date and Time columns (UK day-first text), phones like '+44 20 7946 0000 ext. 12' and '07700 900123', Urgent? and Done? as Yes/No/Y/N/✓/x, and a 'How' column whose values (Phone, Voicemail, Walk in) alone say it is the channel.",
  sheets: [
    {
      name: "Messages",
      merges: ["A1:J1"],
      rows: [
        ["Front desk - phone messages", null, null, null, null, null, null, null, null, null],
        [],
        ["Date", "Time", "Caller", "Company", "Phone", "Message For", "Message", "Urgent?", "Done?", "How"],
        [
          "04/03/2026",
          "09:30",
          "Helen Brown",
          "Brown & Co",
          "+44 20 7946 0000 ext. 12",
          "Mr Patel",
          "Please call back about the lease",
          "Yes",
          "No",
          "Phone",
        ],
        [
          "04/03/2026",
          "11:05",
          "Gary Jones",
          "Jones Plumbing",
          "07700 900123",
          "Accounts",
          "Invoice 4471 query",
          "N",
          "Yes",
          "Voicemail",
        ],
        [
          "15/03/2026",
          "14:20",
          "Priya Shah",
          null,
          "020 7946 0018",
          "Mr Patel",
          "=Re: interview",
          "✓",
          "x",
          "Walk in",
        ],
        [
          "16/03/2026",
          "16:45",
          "Tom Wright",
          "Wright Print",
          "+44 (0)161 496 0000",
          "Reception",
          "Toner delivery tomorrow",
          "No",
          "Y",
          "Phone",
        ],
        [
          "17/03/2026",
          "08:50",
          "Anne Lee",
          "City Council",
          "0161 496 0999",
          "Office manager",
          "Parking permits renewal",
          "y",
          "no",
          "Fax",
        ],
      ],
    },
  ],
};

const pbx: CorpusFile = {
  file: "pbx-calls.csv",
  about:
    "A phone system's call export from a Portuguese office: semicolon-separated, byte-order mark, CR-only line endings, day-first date-times ('1/9/2017 16:33'), a Type column of Incoming/Outgoing, a 'SIP channel' column, numbers with leading zeros.",
  text: { delimiter: ";", lineEnding: "\r", bom: true },
  sheets: [
    {
      name: "pbx-calls",
      rows: [
        ["Date", "Type", "SIP channel", "Number", "Name", "Duration"],
        ["1/9/2017 16:33", "Incoming", "SIP/trunk-0001", "011919885912543", "Joana Silva", "00:02:13"],
        ["1/9/2017 17:02", "Outgoing", "SIP/trunk-0002", "+351 21 123 4567", "Pedro Santos", "00:00:45"],
        ["13/9/2017 09:05", "Incoming", "SIP/trunk-0001", "0044 20 7946 0000", "Helen Brown", "00:05:01"],
        ["13/9/2017 09:40", "Incoming", "SIP/trunk-0003", "912 345 678", "Rui Costa", "00:01:10"],
        ["14/9/2017 10:15", "Outgoing", "SIP/trunk-0002", "213 456 789", "Ana Pereira", "00:03:33"],
      ],
    },
  ],
};

const vendorList: CorpusFile = {
  file: "suppliers.csv",
  about:
    "A supplier list exported as comma CSV (CRLF): quoted addresses with commas and line breaks, phones with 'ext.', US postcodes and account numbers with leading zeros.",
  text: { delimiter: ",", lineEnding: "\r\n", bom: false },
  sheets: [
    {
      name: "suppliers",
      rows: [
        ["Vendor Name", "Contact Person", "Tel", "Fax", "Email ID", "Address", "Postcode", "Account No"],
        [
          "Acme Office",
          "Jane Doe",
          "+44 20 7946 0000 ext. 12",
          "020 7946 0001",
          "orders@acme.example",
          "12 High St,\nLondon",
          "SW1A 1AA",
          "000123",
        ],
        [
          "Bolt Stationers",
          "Sam Lee",
          "(617) 555-0142",
          "",
          "sales@bolt.example",
          "4 Main St, Boston, MA",
          "02134",
          "004411",
        ],
        [
          "Copy Care Ltd",
          "Mo Ahmed",
          "011919885912543",
          "",
          "service@copycare.example",
          "Unit 3, Trade Park",
          "07030",
          "A-0099",
        ],
      ],
    },
  ],
};

const machines: CorpusFile = {
  file: "equipment-list.txt",
  about:
    "A tab-separated list of office machines with Type words (MFP, Photocopier, Laser printer), Condition words (Working, Faulty, Scrapped), serial numbers with leading zeros, day-first service dates and page counts.",
  text: { delimiter: "\t", lineEnding: "\n", bom: false },
  sheets: [
    {
      name: "equipment-list",
      rows: [
        [
          "Asset No",
          "Type",
          "Brand",
          "Model",
          "Serial",
          "Location",
          "Condition",
          "Last Service",
          "Page Count",
        ],
        [
          "EQ-0001",
          "MFP",
          "Canon",
          "iR-ADV C5535",
          "000123987",
          "1st floor",
          "Working",
          "04/03/2026",
          "152340",
        ],
        [
          "EQ-0002",
          "Photocopier",
          "Ricoh",
          "MP 2555",
          "0E12345678",
          "Reception",
          "Faulty",
          "27/02/2026",
          "98211",
        ],
        [
          "EQ-0003",
          "Laser printer",
          "HP",
          "LaserJet M404",
          "VNB3K12345",
          "Accounts",
          "Working",
          "15/01/2026",
          "40211",
        ],
        ["EQ-0004", "Fax machine", "Brother", "FAX-2840", "U63123A4N", "Reception", "Scrapped", "", ""],
      ],
    },
  ],
};

const cupboard: CorpusFile = {
  file: "kitchen-cupboard.xlsx",
  about:
    "A sheet whose headers match no register ('Thing / How many / Kept in / Checked by'): the person must pick the register and map each column.",
  sheets: [
    {
      name: "Cupboard",
      rows: [
        ["Thing", "How many", "Kept in", "Checked by"],
        ["Coffee beans (1kg)", 3, "Kitchen, top", "Lee"],
        ["Tea bags (box of 80)", 5, "Kitchen, top", "Lee"],
        ["Paper cups", 200, "Kitchen, under sink", "Sam"],
        ["Dish soap", 1, "Kitchen, under sink", "Sam"],
      ],
    },
  ],
};

const macro: CorpusFile = {
  file: "stock-macro.xlsm",
  about:
    "A macro-enabled stock sheet (.xlsm): Item description / Qty (Nos) / UOM / Location, a header on row 3.",
  macroEnabled: true,
  sheets: [
    {
      name: "Stock",
      rows: [
        ["Stationery stock", null, null, null],
        [],
        ["Item description", "Qty (Nos)", "UOM", "Location"],
        ["Envelopes C4", "250 NOS", null, "Store room"],
        ["Printer paper A4", 40, "Ream", "Store room"],
        ["Binder clips 19mm", "12 boxes", "Box", "Cupboard 2"],
      ],
    },
  ],
};

/** Every corpus file, in the order the README lists them. */
export const CORPUS: readonly CorpusFile[] = [
  itStock,
  staffLaptops,
  supplyCatalog,
  hiring,
  messages,
  pbx,
  vendorList,
  machines,
  cupboard,
  macro,
];
