/**
 * Catalogs: each department's published inspection-item list (检查事项清单), later the
 * violation matters and the clue categories.
 */
package cn.enforceflow.catalog;
