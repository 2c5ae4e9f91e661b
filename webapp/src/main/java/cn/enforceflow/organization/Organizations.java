package cn.enforceflow.organization;

import java.util.List;
import java.util.Optional;

/**
 * Reads and registers departments and enterprises.
 */
public interface Organizations {

	/**
	 * Every organ: enforcement departments first, then the justice bureau and the
	 * commission.
	 */
	List<Department> departments();

	List<Department> departments(DepartmentKind kind);

	Optional<Department> department(DepartmentCode code);

	Optional<Enterprise> enterprise(CreditCode code);

	/**
	 * The credit codes of the enterprises whose name contains the text, at most
	 * {@code limit} of them, for searches by name.
	 */
	List<CreditCode> enterprisesNamed(String text, int limit);

	/**
	 * Registers a department unless one with the same code exists.
	 * @return whether it was created
	 */
	boolean registerDepartment(Department department);

	/**
	 * Registers an enterprise unless one with the same credit code exists.
	 * @return whether it was created
	 */
	boolean registerEnterprise(Enterprise enterprise);

}
