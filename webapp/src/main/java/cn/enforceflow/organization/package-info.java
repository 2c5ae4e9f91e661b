/**
 * Organisations: enforcement departments, the justice bureau, the discipline commission,
 * and the enterprises they deal with (keyed by their 统一社会信用代码).
 */
package cn.enforceflow.organization;
