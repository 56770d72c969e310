import { weightedScoreFormula } from "../calculatedFormulas";
import { calc, col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const CANDIDATE_STAGES = [
  "Applied",
  "Screening",
  "Interview",
  "Offer",
  "Hired",
  "Rejected",
  "Withdrawn",
] as const;

const score = (key: string, header: string, aliases: string[]) =>
  col(key, header, "number", { min: 1, max: 5, width: 65, aliases });

export const candidates: RegisterDef = {
  id: "candidates",
  name: "Candidates",
  tableName: "Candidates",
  sheetName: "Candidates",
  keyColumn: "candidateId",
  keyColumns: ["candidateId"],
  idPrefix: "CAN-",
  columns: [
    col("candidateId", "Candidate ID", "id", {
      required: true,
      aliases: ["ID", "Candidate no.", "Applicant ID", "Ref"],
    }),
    col("name", "Name", "text", {
      required: true,
      width: 150,
      words: true,
      aliases: ["Candidate", "Full name", "Applicant", "Candidate name", "Name of candidate"],
    }),
    col("email", "Email", "email", {
      unique: true,
      aliases: ["E-mail", "Email address", "E-mail address", "Mail", "Email ID", "Mail ID"],
    }),
    col("phone", "Phone", "phone", {
      aliases: [
        "Phone number",
        "Tel",
        "Tel.",
        "Telephone",
        "Mobile",
        "Cell",
        "Contact No",
        "Mobile No",
        "Contact number",
      ],
    }),
    col("position", "Position", "text", {
      required: true,
      aliases: [
        "Role",
        "Job",
        "Job title",
        "Vacancy",
        "Applied for",
        "Post",
        "Position applied for",
        "Designation",
      ],
    }),
    col("source", "Source", "text", {
      aliases: ["Channel", "Via", "Referred by", "Where from", "Source of CV", "Sourced from"],
    }),
    col("appliedOn", "Applied on", "date", {
      aliases: [
        "Applied",
        "Application date",
        "Date applied",
        "Received",
        "Resume date",
        "CV date",
        "CV received on",
        "Date of application",
      ],
    }),
    col("cvLink", "CV link", "url", { aliases: ["CV", "Resume", "Résumé", "CV URL", "Resume link"] }),
    col("stage", "Stage", "choice", {
      required: true,
      choices: CANDIDATE_STAGES,
      aliases: ["Status", "Pipeline stage", "Step", "Current stage", "Current status", "Stage now"],
      // "Dropped" is read as Withdrawn (the candidate left the process); the person can change it.
      valueAliases: {
        Applied: ["new", "received", "sourced", "cv received", "application received"],
        Screening: ["shortlisted", "phone screen", "screened", "under review", "cv shortlisted"],
        Interview: [
          "interview scheduled",
          "interviewed",
          "interviewing",
          "hr round",
          "technical round",
          "final round",
          "l1",
          "l2",
        ],
        Offer: ["offer accepted", "offer made", "offered", "offer sent", "offer released"],
        Hired: ["joined", "onboarded", "started", "hired and joined"],
        Rejected: ["not selected", "not suitable", "unsuitable", "declined by us"],
        Withdrawn: ["dropped", "withdrew", "not interested", "backed out", "offer declined"],
      },
    }),
    col("stageSince", "Stage since", "date", { aliases: ["Since", "Stage date", "In stage since"] }),
    col("interviewAt", "Interview at", "datetime", {
      aliases: ["Interview", "Interview date", "Interview time"],
    }),
    col("interviewer", "Interviewer", "text", { aliases: ["Interviewed by", "Panel", "Recruiter", "HR"] }),
    score("scoreExperience", "Score: experience", ["Experience", "Experience score", "Experience (1-5)"]),
    score("scoreSkills", "Score: skills", ["Skills", "Skills score", "Skills (1-5)"]),
    score("scoreFit", "Score: fit", ["Fit", "Fit score", "Culture fit", "Fit (1-5)"]),
    calc("weightedScore", "Weighted score", "number", weightedScoreFormula(), { numberFormat: "0.00" }),
    col("nextStep", "Next step", "text", { aliases: ["Next", "Next action", "To do"] }),
    col("retainUntil", "Retain until", "date", {
      description: "After this date the candidate's details should be removed.",
      aliases: ["Retention", "Delete after", "Keep until", "Retain"],
    }),
    col("notes", "Notes", "longText", { aliases: ["Note", "Comments", "Comment", "Remarks"] }),
  ],
  conditionalFormats: [
    // Past its retention date: the person should review and remove it (the Candidates page's retention list).
    {
      name: "Retention passed",
      formula: "=AND(ISNUMBER({retainUntil}),{retainUntil}<TODAY())",
      ...FILLS.red,
      appliesTo: ["retainUntil"],
    },
    { name: "Interview", formula: '={stage}="Interview"', ...FILLS.blue, appliesTo: "row" },
    { name: "Offer", formula: '={stage}="Offer"', ...FILLS.lilac, appliesTo: "row" },
    { name: "Hired", formula: '={stage}="Hired"', ...FILLS.green, appliesTo: "row" },
    {
      name: "Closed",
      formula: '=OR({stage}="Rejected",{stage}="Withdrawn")',
      ...FILLS.grey,
      appliesTo: "row",
    },
  ],
};
