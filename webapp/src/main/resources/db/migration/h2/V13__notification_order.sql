-- The notification centre lists a person's notices newest first in the order they were written (id).
create index ix_notification_recipient_id on notification (recipient, id);
