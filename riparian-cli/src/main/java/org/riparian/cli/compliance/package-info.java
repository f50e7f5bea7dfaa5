/** {@code riparian compliance} and {@code riparian report bulletin}: agreements and the plan held against the store's observations. */
package org.riparian.cli.compliance;
