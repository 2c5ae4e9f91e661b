/**
 * Data helpers every capability may use: gap-free numbering.
 */
package cn.enforceflow.platform.data;
