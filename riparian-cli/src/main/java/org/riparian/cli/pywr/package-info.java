/** {@code riparian pywr}: Pywr v2 models run on Riparian's engine. */
package org.riparian.cli.pywr;
