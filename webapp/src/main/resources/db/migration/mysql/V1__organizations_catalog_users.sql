-- Organisations, the published inspection-item lists and the user accounts (MySQL 8 / MariaDB).
-- utf8mb4 everywhere: names may hold characters outside the Basic Multilingual Plane (e.g. 𠮷).

create table department (
    id bigint not null auto_increment primary key,
    code varchar(16) not null,
    name varchar(64) not null,
    kind varchar(32) not null,
    constraint uk_department_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table enterprise (
    id bigint not null auto_increment primary key,
    credit_code varchar(18) not null,
    name varchar(128) not null,
    legal_representative varchar(64),
    address varchar(255),
    industry varchar(64),
    contact_phone varchar(32),
    constraint uk_enterprise_credit_code unique (credit_code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table inspection_item_list (
    id bigint not null auto_increment primary key,
    department_code varchar(16) not null,
    title varchar(128) not null,
    status varchar(16) not null,
    published_on date,
    version bigint not null default 0,
    constraint fk_item_list_department foreign key (department_code) references department (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_item_list_department_status on inspection_item_list (department_code, status);

create table inspection_item (
    id bigint not null auto_increment primary key,
    list_id bigint not null,
    code varchar(32) not null,
    name varchar(128) not null,
    content varchar(500),
    legal_basis varchar(500) not null,
    sort_order int not null,
    constraint fk_item_list foreign key (list_id) references inspection_item_list (id),
    constraint uk_item_list_code unique (list_id, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account (
    id bigint not null auto_increment primary key,
    username varchar(64) not null,
    display_name varchar(64) not null,
    password_hash varchar(100),
    enabled boolean not null default true,
    department_code varchar(16),
    enterprise_credit_code varchar(18),
    certificate_number varchar(32),
    certificate_valid_until date,
    version bigint not null default 0,
    constraint uk_user_account_username unique (username),
    constraint fk_user_department foreign key (department_code) references department (code),
    constraint fk_user_enterprise foreign key (enterprise_credit_code) references enterprise (credit_code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_user_account_department on user_account (department_code);

create table user_account_role (
    user_id bigint not null,
    role varchar(32) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
