package cn.enforceflow.organization.internal;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.organization.DepartmentKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface Departments extends JpaRepository<DepartmentEntity, Long> {

	Optional<DepartmentEntity> findByCode(String code);

	List<DepartmentEntity> findByKindOrderByCode(DepartmentKind kind);

}
