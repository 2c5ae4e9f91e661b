package cn.enforceflow.processes;

/**
 * Properties a model may give a user task ({@code camunda:properties}) for the
 * application's workflow layer to read.
 *
 * <pre>
 * &lt;bpmn:userTask id="UserTask_VerifyRectification"&gt;
 *   &lt;bpmn:extensionElements&gt;
 *     &lt;camunda:properties&gt;
 *       &lt;camunda:property name="certified" value="true"/&gt;
 *       &lt;camunda:property name="returnTo" value="UserTask_AcceptInvitation"/&gt;
 * </pre>
 */
public final class TaskProperties {

	/**
	 * 退回: the id of an earlier user task of the same process that the holder of this task
	 * may send it back to, with a reason. The earlier step opens again for whoever did it
	 * last. Without it, the task cannot be sent back.
	 */
	public static final String RETURN_TO = "returnTo";

	/**
	 * {@code true}: whoever claims, is given or completes the task must hold an
	 * enforcement certificate (执法证) valid on the day they act; transfer offers it only to
	 * such colleagues.
	 */
	public static final String CERTIFIED = "certified";

	/**
	 * Four eyes (行政处罚法 第五十八条): the ids of earlier user tasks of the same process,
	 * comma-separated, whose performer in the same case may not take this one (whoever
	 * proposed a decision may not review or approve it).
	 */
	public static final String NOT_BY = "notBy";

	/**
	 * {@code true}: the step may be left undone. Its deadline is not a breach: an
	 * interrupting timer ends the wait and the case goes on without it (an unrated
	 * invitation closes as 未评价).
	 */
	public static final String OPTIONAL = "optional";

	private TaskProperties() {
	}

}
