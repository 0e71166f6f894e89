package org.yadman.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a submitter's software does over HTTP, without a browser: fetch a form token and a proof
 * of work, drive the tus upload, post the no-JavaScript form as multipart. Used by the tests and
 * by the load generator ({@link IntakeBench}).
 */
public final class IntakeClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\" dir=\"ltr\">([0-9 ]{19})<");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;

    public IntakeClient(String baseUrl) {
        this.base = baseUrl;
    }

    public String formToken() {
        if (token == null) {
            Matcher m = CSRF.matcher(send(HttpRequest.newBuilder(uri("/en/testify")).GET().build()).body());
            if (!m.find()) throw new IllegalStateException("the form has no csrf field");
            token = m.group(1);
        }
        return token;
    }

    public String pow() {
        String challenge = send(HttpRequest.newBuilder(uri("/api/intake/pow")).GET().build()).body();
        String config = send(HttpRequest.newBuilder(uri("/api/intake/config")).GET().build()).body();
        Matcher bits = Pattern.compile("\"powBits\":(\\d+)").matcher(config);
        return ProofOfWork.solve(challenge, bits.find() ? Integer.parseInt(bits.group(1)) : 16);
    }

    public HttpResponse<String> createUpload(long length) {
        return send(tus("/api/intake/uploads").header("Upload-Length", Long.toString(length)).header("X-Intake-Pow", pow())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The upload id from a 201 response's Location. */
    public static String uploadId(HttpResponse<?> created) {
        String location = created.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no Location: " + created.statusCode()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public HttpResponse<String> patch(String id, long offset, byte[] chunk, byte[] sha256) {
        HttpRequest.Builder b = tus("/api/intake/uploads/" + id).header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream").method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk));
        if (sha256 != null) b.header("Upload-Checksum", "sha256 " + Base64.getEncoder().encodeToString(sha256));
        return send(b.build());
    }

    public HttpResponse<String> head(String id) {
        return send(tus("/api/intake/uploads/" + id).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Uploads {@code bytes} in chunks of {@code chunk} bytes; returns the upload id. */
    public String upload(byte[] bytes, int chunk) {
        String id = uploadId(createUpload(bytes.length));
        for (int at = 0; at < bytes.length; at += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + chunk));
            HttpResponse<String> r = patch(id, at, part, ReceiptKeys.sha256(part));
            if (r.statusCode() != 204) throw new IllegalStateException("PATCH at " + at + ": " + r.statusCode() + " " + r.body());
        }
        return id;
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-Token", formToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a form as multipart/form-data, with the csrf token; {@code files} maps a field to (file name, bytes). */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Map.Entry<String, byte[]>> files) {
        String boundary = "----yadman" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + formToken() + "\r\n");
            for (var f : fields.entrySet()) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n");
            }
            for (var f : files) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
                body.write(f.getValue());
                write(body, "\r\n");
            }
            write(body, "--" + boundary + "--\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        StringBuilder s = new StringBuilder("csrf=").append(enc(formToken()));
        fields.forEach((k, v) -> s.append('&').append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(s.toString())).build());
    }

    /** The receipt digits on a receipt page. */
    public static String receipt(String html) {
        Matcher m = RECEIPT.matcher(html);
        if (!m.find()) throw new IllegalStateException("no receipt on the page");
        return m.group(1).replace(" ", "");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpRequest.Builder tus(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Tus-Resumable", "1.0.0").header("X-CSRF-Token", formToken());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
