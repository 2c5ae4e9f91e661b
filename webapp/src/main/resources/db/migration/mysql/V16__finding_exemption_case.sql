-- A finding handed over to the first-violation assessment links to the case registered from it.
alter table invitation_finding add column exemption_case varchar(20);
