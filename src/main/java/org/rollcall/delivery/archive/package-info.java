/** Keeping the archive honest: retention by kind, the daily erasure with its tombstones, and verify. */
package org.rollcall.delivery.archive;
