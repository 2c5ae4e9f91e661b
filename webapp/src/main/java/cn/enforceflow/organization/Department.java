package cn.enforceflow.organization;

/**
 * A department or organ as other capabilities see it.
 */
public record Department(DepartmentCode code, String name, DepartmentKind kind) {

}
