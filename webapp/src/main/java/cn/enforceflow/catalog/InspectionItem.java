package cn.enforceflow.catalog;

/**
 * 检查事项 — one item of a department's inspection-item list, with the law that allows it.
 */
public record InspectionItem(String code, String name, String content, String legalBasis) {

}
