/** {@code riparian forecast}: a gauge's vegetation-season volume forecast from its monthly record, with its skill. */
package org.riparian.cli.forecast;
