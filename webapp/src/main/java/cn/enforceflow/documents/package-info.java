/**
 * Official documents (文书) — numbered, rendered to PDF, stored immutably, served to
 * enterprises who confirm receipt — and the evidence attachments of a case.
 */
package cn.enforceflow.documents;
