-- 邀约式执法检查 made right (issue 12): the enterprise's consent to the visit date, withdrawal, the day
-- the inspection was really held and by whom, hazards rectified and verified one by one with their
-- own rounds, the hand-over by the officer's choice, the optional rating (MySQL). Columns are utf8mb4,
-- whose lengths count characters.

alter table invitation add column counter_date date;
alter table invitation add column visit_moved_reason varchar(500);
alter table invitation add column date_change_reason varchar(500);
alter table invitation add column rating_state varchar(16);
alter table invitation add column close_reason varchar(500);
alter table invitation drop column send_back_rounds;
create index ix_invitation_lead_officer on invitation (lead_officer, submitted_at);
create index ix_invitation_second_officer on invitation (second_officer, submitted_at);
create index ix_invitation_submitted on invitation (submitted_at);

-- the officers who inspected, with the certificate each held that day
create table invitation_inspector (
    invitation_id bigint not null,
    position int not null,
    username varchar(64) not null,
    certificate_number varchar(32) not null,
    primary key (invitation_id, position),
    constraint fk_invitation_inspector_invitation foreign key (invitation_id) references invitation (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- 综合查一次: the enterprise's other open cases the dispatcher combined the visit with
create table invitation_combined_visit (
    invitation_id bigint not null,
    position int not null,
    tracking_number varchar(20) not null,
    primary key (invitation_id, position),
    constraint fk_invitation_combined_invitation foreign key (invitation_id) references invitation (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table invitation_finding add column rounds int default 0 not null;
alter table invitation_finding add column handover_reason varchar(500);
alter table invitation_finding add column handed_over_by varchar(64);
alter table invitation_finding add column handed_over_at datetime;
alter table invitation_finding add column handover_notified boolean default false not null;

create index ix_case_comment_task on case_comment (task_id, kind, created_at);
