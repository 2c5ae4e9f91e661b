/**
 * Catalogs: each department's published inspection-item list (检查事项清单) and the violation
 * matters (违法事项) with their discretion lists (四张清单); later the clue categories.
 */
package cn.enforceflow.catalog;
