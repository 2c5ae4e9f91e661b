package cn.enforceflow.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccountEntity, Long> {

	Optional<UserAccountEntity> findByUsername(String username);

	List<UserAccountEntity> findByDepartmentCodeOrderByUsername(String departmentCode);

}
