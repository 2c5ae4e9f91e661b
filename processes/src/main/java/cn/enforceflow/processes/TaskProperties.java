package cn.enforceflow.processes;

/**
 * Properties a model may give a user task ({@code camunda:properties}) for the
 * application to read.
 *
 * <pre>
 * &lt;bpmn:userTask id="UserTask_ProposeVisitDate"&gt;
 *   &lt;bpmn:extensionElements&gt;
 *     &lt;camunda:properties&gt;
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

	private TaskProperties() {
	}

}
