/**
 * Agreements as first-class objects of the API: the basin file's agreements with those the regional commission stored
 * layered on top (a stored id supersedes the file's, a retired one drops out), their explicit JSON with units in the
 * field names, and the reading and checking of a written agreement against the basin network before it is stored.
 */
package org.riparian.server.agreement;
