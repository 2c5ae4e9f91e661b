package cn.enforceflow.workflow;

/** A person a step can be given to (转办). */
public record Colleague(String username, String displayName) {

}
