package cn.enforceflow.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements Organizations {

	private final Departments departments;

	private final Enterprises enterprises;

	OrganizationService(Departments departments, Enterprises enterprises) {
		this.departments = departments;
		this.enterprises = enterprises;
	}

	@Override
	public List<Department> departments() {
		return this.departments.findAll()
			.stream()
			.map(DepartmentEntity::toDepartment)
			.sorted(Comparator.comparing(Department::kind).thenComparing((d) -> d.code().value()))
			.toList();
	}

	@Override
	public List<Department> departments(DepartmentKind kind) {
		return this.departments.findByKindOrderByCode(kind).stream().map(DepartmentEntity::toDepartment).toList();
	}

	@Override
	public Optional<Department> department(DepartmentCode code) {
		return this.departments.findByCode(code.value()).map(DepartmentEntity::toDepartment);
	}

	@Override
	public Optional<Enterprise> enterprise(CreditCode code) {
		return this.enterprises.findByCreditCode(code.value()).map(EnterpriseEntity::toEnterprise);
	}

	@Override
	public List<CreditCode> enterprisesNamed(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.enterprises.findByNameContainingOrderByName(text.strip(), Limit.of(limit))
			.stream()
			.map((enterprise) -> enterprise.toEnterprise().creditCode())
			.toList();
	}

	@Override
	@Transactional
	public boolean registerDepartment(Department department) {
		if (this.departments.findByCode(department.code().value()).isPresent()) {
			return false;
		}
		this.departments.save(new DepartmentEntity(department));
		return true;
	}

	@Override
	@Transactional
	public boolean registerEnterprise(Enterprise enterprise) {
		if (this.enterprises.findByCreditCode(enterprise.creditCode().value()).isPresent()) {
			return false;
		}
		this.enterprises.save(new EnterpriseEntity(enterprise));
		return true;
	}

}
