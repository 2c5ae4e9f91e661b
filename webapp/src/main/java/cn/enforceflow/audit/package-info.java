/**
 * The audit trail (执法全过程记录): every state change appended in the transaction that makes
 * it, each entry chained to the one before by SHA-256, so that any later alteration is
 * detectable.
 */
package cn.enforceflow.audit;
