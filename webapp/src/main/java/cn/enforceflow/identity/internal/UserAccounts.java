package cn.enforceflow.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccountEntity, Long> {

	Optional<UserAccountEntity> findByUsername(String username);

	@EntityGraph(attributePaths = "roles")
	List<UserAccountEntity> findByDepartmentCodeOrderByUsername(String departmentCode);

	/**
	 * Everyone with their roles in one query (the Camunda identity provider reads them
	 * all).
	 */
	@EntityGraph(attributePaths = "roles")
	List<UserAccountEntity> findAllByOrderByUsername();

}
