package org.rollcall.reporting.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * Serves the sRGB ICC profile for the PDF/A output intent from the JVM's own built-in profile, under the
 * location {@link #LOCATION}, so no binary profile is kept in the repository. JasperReports' exporter reads
 * the profile through its repository when PDF/A is on; every other location is left to the next service.
 */
final class SrgbProfile implements RepositoryService {
    static final String LOCATION = "rollcall:icc/sRGB";
    private static final byte[] PROFILE =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The profile as a FlateDecode stream body, compressed once for every file's output intent. */
    static final byte[] DEFLATED = deflate(PROFILE);

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("The sRGB profile is read-only");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        if (!LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setValue(new ByteArrayInputStream(PROFILE));
        return resourceType.cast(resource);
    }
}
