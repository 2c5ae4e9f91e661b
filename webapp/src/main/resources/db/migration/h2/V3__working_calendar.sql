-- The working-day calendar (H2): the days that differ from Monday to Friday, and the years whose
-- published arrangement has been loaded. A year without a calendar_year row counts Monday to Friday.
-- `day` and `year` are keywords of H2, hence quoted (lower case, as Hibernate quotes them).

create table calendar_day (
    "day" date not null primary key,
    kind varchar(16) not null,
    name varchar(64) not null,
    updated_at timestamp not null,
    updated_by varchar(64) not null,
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

create table calendar_year (
    "year" int not null primary key,
    source varchar(128) not null,
    loaded_at timestamp not null,
    loaded_by varchar(64) not null
);
