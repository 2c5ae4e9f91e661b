package cn.enforceflow.inbox;

/**
 * How many entries each view of a person's inbox holds, for the tabs; {@code overdue} of
 * them are their own tasks past due.
 */
public record InboxCounts(long todo, long group, long done, long started, long overdue) {

}
