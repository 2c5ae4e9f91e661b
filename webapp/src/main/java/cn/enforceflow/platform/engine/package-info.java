/**
 * What the embedded Camunda engine has deployed, for administrators and consistency
 * checks.
 */
package cn.enforceflow.platform.engine;
