-- 邀约式执法检查: the invitation, its items, the findings of the visit, the enterprise's rectification
-- reports and the officer's verifications, per round (MySQL 8 / MariaDB). Times are Beijing time, whole seconds.

-- numbers handed out in order without gaps, e.g. the tracking numbers YY-2026-000123
create table sequence_counter (
    name varchar(32) not null,
    period int not null,
    last_value bigint not null,
    primary key (name, period)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table invitation (
    id bigint not null auto_increment primary key,
    tracking_number varchar(20) not null,
    enterprise_credit_code varchar(18) not null,
    department_code varchar(16) not null,
    status varchar(32) not null,
    window_start date not null,
    window_end date not null,
    site_address varchar(255) not null,
    contact_name varchar(64) not null,
    contact_phone varchar(32) not null,
    description varchar(2000),
    submitted_by varchar(64) not null,
    submitted_at datetime not null,
    decided_by varchar(64),
    decided_at datetime,
    decline_reason varchar(500),
    lead_officer varchar(64),
    second_officer varchar(64),
    proposed_date date,
    counter_proposed boolean default false not null,
    visit_date date,
    inspected_on date,
    inspected_by varchar(64),
    send_back_rounds int default 0 not null,
    rating_score int,
    rating_comment varchar(500),
    rated_at datetime,
    closed_at datetime,
    version bigint default 0 not null,
    constraint uk_invitation_tracking_number unique (tracking_number),
    constraint fk_invitation_enterprise foreign key (enterprise_credit_code) references enterprise (credit_code),
    constraint fk_invitation_department foreign key (department_code) references department (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_invitation_enterprise on invitation (enterprise_credit_code, submitted_at);
create index ix_invitation_department on invitation (department_code, status, submitted_at);

create table invitation_item (
    invitation_id bigint not null,
    position int not null,
    item_code varchar(32) not null,
    item_name varchar(128) not null,
    legal_basis varchar(500) not null,
    primary key (invitation_id, item_code),
    constraint fk_invitation_item_invitation foreign key (invitation_id) references invitation (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table invitation_finding (
    id bigint not null auto_increment primary key,
    invitation_id bigint not null,
    item_code varchar(32) not null,
    compliant boolean not null,
    description varchar(2000),
    hazard_level varchar(16),
    legal_basis varchar(500),
    advice varchar(2000),
    deadline date,
    suspected_violation boolean default false not null,
    status varchar(32) not null,
    handover varchar(32),
    recorded_by varchar(64) not null,
    recorded_at datetime not null,
    constraint uk_invitation_finding_item unique (invitation_id, item_code),
    constraint fk_invitation_finding_invitation foreign key (invitation_id) references invitation (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_invitation_finding_handover on invitation_finding (handover, recorded_at);

create table invitation_rectification (
    id bigint not null auto_increment primary key,
    finding_id bigint not null,
    round int not null,
    description varchar(2000) not null,
    attachment_ids varchar(1000),
    reported_by varchar(64) not null,
    reported_at datetime not null,
    late boolean not null,
    constraint uk_invitation_rectification_round unique (finding_id, round),
    constraint fk_invitation_rectification_finding foreign key (finding_id) references invitation_finding (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table invitation_verification (
    id bigint not null auto_increment primary key,
    finding_id bigint not null,
    round int not null,
    accepted boolean not null,
    reason varchar(500),
    new_deadline date,
    verified_by varchar(64) not null,
    verified_at datetime not null,
    constraint uk_invitation_verification_round unique (finding_id, round),
    constraint fk_invitation_verification_finding foreign key (finding_id) references invitation_finding (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
