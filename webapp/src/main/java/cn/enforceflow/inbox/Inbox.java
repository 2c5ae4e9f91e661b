package cn.enforceflow.inbox;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * A person's work: the tasks assigned to them (待办), offered to their groups (部门待领), done
 * by them (已办), and the cases they started (我发起的). Everything is read for the given user
 * only: nobody sees a task outside their assignments and groups.
 */
public interface Inbox {

	/** 待办 and 部门待领 together, soonest due first: the home page's short list. */
	List<OpenTask> openTasks(UserProfile user, int limit);

	InboxPage<OpenTask> todo(UserProfile user, InboxQuery query);

	InboxPage<OpenTask> group(UserProfile user, InboxQuery query);

	/** Due-date filters do not apply to finished tasks; newest first. */
	InboxPage<DoneTask> done(UserProfile user, InboxQuery query);

	/** Due-date filters do not apply to cases; newest first. */
	InboxPage<StartedCase> started(UserProfile user, InboxQuery query);

	InboxCounts counts(UserProfile user);

}
