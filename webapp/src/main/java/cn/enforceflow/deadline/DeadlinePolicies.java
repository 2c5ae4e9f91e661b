package cn.enforceflow.deadline;

import java.util.List;

/**
 * The configured deadline policies, in the order of their configuration.
 */
public interface DeadlinePolicies {

	List<DeadlinePolicy> all();

	/**
	 * @throws UnknownDeadlinePolicyException if no policy has that key
	 */
	DeadlinePolicy policy(String key);

}
