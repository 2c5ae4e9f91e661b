-- Official documents (文书) and evidence attachments (H2); see docs/adr/0008-documents-and-attachments.md.
-- A document's bytes live in the object store under storage_key; these tables say what they are.
-- document and document_version rows are never updated: a regenerated document is a new version row.
-- Times are Beijing time, whole seconds. H2 counts UTF-16 units, so free text is twice as wide as on MySQL.

-- One counter per document type, issuing department and year: the row lock that hands out
-- numbers without gaps or duplicates, on every node.
create table document_counter (
    doc_type varchar(32) not null,
    department_code varchar(16) not null,
    number_year int not null,
    last_value bigint not null,
    primary key (doc_type, department_code, number_year)
);

create table document (
    id char(36) not null primary key,
    case_key varchar(510) not null,
    doc_type varchar(32) not null,
    department_code varchar(16) not null,
    number_year int not null,
    number_seq bigint not null,
    number_text varchar(128) not null,
    -- the enterprise the document concerns (当事人), if any
    enterprise_code char(18),
    -- whom it is served to: an enterprise, or an organ (a department, the commission)
    recipient_enterprise char(18),
    recipient_organ varchar(16),
    issued_at timestamp not null,
    issued_by varchar(128) not null,
    constraint uq_document_number unique (doc_type, department_code, number_year, number_seq)
);
create index ix_document_case on document (case_key, issued_at);
create index ix_document_recipient_enterprise on document (recipient_enterprise, issued_at);
create index ix_document_recipient_organ on document (recipient_organ, issued_at);

create table document_version (
    document_id char(36) not null,
    version int not null,
    storage_key varchar(255) not null,
    sha256 char(64) not null,
    size_bytes bigint not null,
    created_at timestamp not null,
    created_by varchar(128) not null,
    primary key (document_id, version),
    constraint fk_document_version_document foreign key (document_id) references document (id)
);

-- 送达回证: who confirmed receipt of a version, and when; at most one row per version
create table document_receipt (
    document_id char(36) not null,
    version int not null,
    received_by varchar(128) not null,
    received_at timestamp not null,
    primary key (document_id, version),
    constraint fk_document_receipt_version foreign key (document_id, version)
        references document_version (document_id, version)
);

-- Evidence: DRAFT while the step it belongs to is open (its uploader may delete it), SUBMITTED after.
create table attachment (
    id char(36) not null primary key,
    case_key varchar(510) not null,
    task_id varchar(128),
    file_name varchar(510) not null,
    content_type varchar(128) not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    storage_key varchar(255) not null,
    state varchar(16) not null,
    uploaded_by varchar(128) not null,
    uploaded_at timestamp not null,
    submitted_at timestamp
);
create index ix_attachment_case on attachment (case_key, uploaded_at);
create index ix_attachment_task on attachment (task_id, state);
