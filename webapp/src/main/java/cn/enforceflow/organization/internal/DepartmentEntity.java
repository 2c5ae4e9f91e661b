package cn.enforceflow.organization.internal;

import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
class DepartmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 64)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private DepartmentKind kind;

	protected DepartmentEntity() {
	}

	DepartmentEntity(Department department) {
		this.code = department.code().value();
		this.name = department.name();
		this.kind = department.kind();
	}

	Department toDepartment() {
		return new Department(DepartmentCode.of(this.code), this.name, this.kind);
	}

}
