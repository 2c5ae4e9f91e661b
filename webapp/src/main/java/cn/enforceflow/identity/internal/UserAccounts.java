package cn.enforceflow.identity.internal;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.identity.Role;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccountEntity, Long> {

	Optional<UserAccountEntity> findByUsername(String username);

	@EntityGraph(attributePaths = "roles")
	List<UserAccountEntity> findByDepartmentCodeOrderByUsername(String departmentCode);

	@EntityGraph(attributePaths = "roles")
	@Query("select distinct u from UserAccountEntity u join u.roles r where r = :role and u.departmentCode = :department order by u.username")
	List<UserAccountEntity> findByRoleInDepartment(Role role, String department);

	@EntityGraph(attributePaths = "roles")
	@Query("select distinct u from UserAccountEntity u join u.roles r where r = :role and u.enterpriseCreditCode = :enterprise order by u.username")
	List<UserAccountEntity> findByRoleInEnterprise(Role role, String enterprise);

	@EntityGraph(attributePaths = "roles")
	@Query("select distinct u from UserAccountEntity u join u.roles r where r = :role order by u.username")
	List<UserAccountEntity> findByRole(Role role);

	/**
	 * Everyone with their roles in one query (the Camunda identity provider reads them
	 * all).
	 */
	@EntityGraph(attributePaths = "roles")
	List<UserAccountEntity> findAllByOrderByUsername();

}
