/**
 * Demo organisations, catalogs and users for the embedded default, seeded once and
 * idempotently.
 */
package cn.enforceflow.demo;
