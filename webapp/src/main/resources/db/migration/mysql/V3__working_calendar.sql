-- The working-day calendar (MySQL 8 / MariaDB): the days that differ from Monday to Friday, and the
-- years whose published arrangement has been loaded. A year without a calendar_year row counts
-- Monday to Friday.

create table calendar_day (
    day date not null primary key,
    kind varchar(16) not null,
    name varchar(64) not null,
    updated_at datetime(6) not null,
    updated_by varchar(64) not null,
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table calendar_year (
    year int not null primary key,
    source varchar(128) not null,
    loaded_at datetime(6) not null,
    loaded_by varchar(64) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
