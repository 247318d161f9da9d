import { BeneficiaryStatus } from './entities/beneficiary.entity.js';
import { ConsentScope } from './entities/consent.entity.js';

export enum Sex {
  Female = 'female',
  Male = 'male',
}

export enum DiagnosisSystem {
  Icd10 = 'icd10',
  Orpha = 'orpha',
}

/** A diagnosis code: ICD-10 (МКБ-10) such as `Q81.2`, or an ORPHAcode such as `79361`. */
export interface Diagnosis {
  system: DiagnosisSystem;
  code: string;
}

/** How to reach the person or their guardian; every field optional. */
export interface Contacts {
  phone?: string;
  email?: string;
  address?: string;
  guardianName?: string;
}

export const contactFields = ['phone', 'email', 'address', 'guardianName'] as const;

/** The personal side of a beneficiary as the caller writes it. */
export interface PersonalDetails {
  fullName: string;
  birthDate?: string | null;
  sex?: Sex | null;
  regionCode?: string | null;
  contacts?: Contacts;
  diagnoses?: Diagnosis[];
  notes?: string | null;
}

export interface NewConsent {
  scope: ConsentScope;
  /** ISO 8601 time with offset */
  givenAt: string;
}

export interface NewBeneficiary extends PersonalDetails {
  code?: string;
  consents?: NewConsent[];
  /** registers the person even though one with the same name and birth date is registered already */
  confirmDistinct?: boolean;
}

/** A partial update: absent fields stay, `null` clears a nullable field. */
export type BeneficiaryPatch = Partial<PersonalDetails> & {
  status?: BeneficiaryStatus.Active | BeneficiaryStatus.Inactive;
  /** keeps a new name or birth date that another registered person has too */
  confirmDistinct?: boolean;
};

export enum BeneficiarySort {
  Code = 'code',
  Name = 'name',
  RegisteredAt = 'registeredAt',
  LastCare = 'lastCare',
}

export enum SortOrder {
  Asc = 'asc',
  Desc = 'desc',
}

export interface BeneficiaryFilter {
  q?: string;
  status?: BeneficiaryStatus;
  sort?: BeneficiarySort;
  order?: SortOrder;
  limit: number;
  cursor?: string;
}

export type RegisterFilter = BeneficiaryFilter & {
  sort: BeneficiarySort;
  order: SortOrder;
  /** a reader without access to personal data searches codes only, so `q` cannot test a name */
  codesOnly: boolean;
};

/** The pseudonymous record. */
export interface BeneficiarySummaryView {
  id: string;
  code: string;
  status: BeneficiaryStatus;
  createdAt: string;
}

/**
 * A list row. `fullName` and `birthDate` are there only for those who may read personal data (null
 * once erased); for others the row is pseudonymous.
 */
export interface RegisterItemView extends BeneficiarySummaryView {
  lastCareAt: string | null;
  fullName?: string | null;
  birthDate?: string | null;
}

export interface ConsentView {
  id: string;
  scope: ConsentScope;
  givenAt: string;
  withdrawnAt: string | null;
  createdAt: string;
}

export interface PersonalDataView {
  fullName: string;
  birthDate: string | null;
  sex: Sex | null;
  regionCode: string | null;
  contacts: Contacts;
  diagnoses: Diagnosis[];
  notes: string | null;
}

/** The full record. After erasure every personal field is null and contacts and diagnoses are empty. */
export interface BeneficiaryView extends BeneficiarySummaryView {
  fullName: string | null;
  birthDate: string | null;
  sex: Sex | null;
  regionCode: string | null;
  contacts: Contacts;
  diagnoses: Diagnosis[];
  notes: string | null;
  consents: ConsentView[];
  updatedAt: string;
  erasedAt: string | null;
}

export interface CareLineExport {
  id: string;
  lineNo: number;
  itemId: string;
  itemSku: string;
  itemName: string;
  unit: string;
  quantity: number;
  unitCostKopecks: number;
  costKopecks: number;
  fundingSourceId: string | null;
}

export interface CareEventExport {
  id: string;
  occurredAt: string;
  kind: string;
  note: string | null;
  reversesEventId: string | null;
  voidReason: string | null;
  createdAt: string;
  lines: CareLineExport[];
}

export interface NeedExport {
  id: string;
  itemId: string;
  itemName: string;
  unit: string;
  quantityPerMonth: number;
  validFrom: string;
  validTo: string | null;
}

/** Everything held about one person (subject access request), and nothing about anyone else. */
export interface BeneficiaryExport {
  exportedAt: string;
  beneficiary: BeneficiarySummaryView & { updatedAt: string; erasedAt: string | null };
  personalData: (PersonalDataView & { updatedAt: string }) | null;
  consents: ConsentView[];
  careEvents: CareEventExport[];
  needs: NeedExport[];
  caseNotes: CaseNoteView[];
  followUps: FollowUpView[];
}

/** Who wrote or did something: a user or an organisation's API key, as in the audit log. */
export interface AuthorView {
  kind: string;
  id: string;
}

export interface NewCaseNote {
  text: string;
  /** ISO 8601 time with offset; now when absent */
  notedAt?: string;
}

export interface CaseNoteVersionView {
  version: number;
  text: string;
  notedAt: string;
  writtenBy: AuthorView;
  writtenAt: string;
}

/** A case note with the texts it held before (oldest first); `version` counts the edits from 1. */
export interface CaseNoteView {
  id: string;
  beneficiaryId: string;
  notedAt: string;
  text: string;
  author: AuthorView;
  version: number;
  createdAt: string;
  updatedAt: string;
  previousVersions: CaseNoteVersionView[];
}

export interface NewFollowUp {
  text: string;
  /** YYYY-MM-DD */
  dueOn: string;
  /** a member of the organisation (user id) */
  assigneeId: string;
}

export interface FollowUpPatch {
  text?: string;
  dueOn?: string;
  assigneeId?: string;
  done?: boolean;
}

export interface FollowUpView {
  id: string;
  beneficiaryId: string;
  text: string;
  dueOn: string;
  assigneeId: string;
  createdBy: AuthorView;
  createdAt: string;
  doneAt: string | null;
}

/** A member's open follow-up, with whose it is: the code, and the name for those who may read it. */
export interface AssignedFollowUpView extends FollowUpView {
  beneficiaryCode: string;
  fullName?: string | null;
}
