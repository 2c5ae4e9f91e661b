-- The notification centre, the mail outbox, and where mail reaches a user (MySQL 8 / MariaDB).

alter table user_account add column email varchar(128);

create table notification (
    id bigint not null auto_increment primary key,
    recipient varchar(64) not null,
    kind varchar(32) not null,
    message_key varchar(128) not null,
    message_args varchar(2000),
    link varchar(255),
    created_at datetime not null,
    read_at datetime,
    constraint fk_notification_recipient foreign key (recipient) references user_account (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_notification_recipient_unread on notification (recipient, read_at, created_at);

create table mail_outbox (
    id bigint not null auto_increment primary key,
    recipient varchar(64) not null,
    address varchar(128) not null,
    subject varchar(255) not null,
    body varchar(4000) not null,
    status varchar(16) not null,
    attempts int not null default 0,
    next_attempt_at datetime not null,
    last_error varchar(500),
    created_at datetime not null,
    sent_at datetime,
    version bigint not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
