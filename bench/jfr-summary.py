#!/usr/bin/env python3
"""Where a server's CPU went during a flight recording: share of the Java samples by layer.

    python3 bench/jfr-summary.py target/bench/burst.jfr

Reads jdk.ExecutionSample events (`jfr print`, from the JDK). A sample counts once for every
layer its stack passes through ("inclusive": JSF rendering called from our code counts for both),
and once for the innermost frame ("self": the method that was running). Request threads only
(Grizzly's http-thread-pool); the other threads are counted apart.
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("JSF and Facelets", ("com.sun.faces.", "jakarta.faces.")),
    ("expression language", ("org.glassfish.expressly.", "com.sun.el.", "jakarta.el.")),
    ("CDI (Weld)", ("org.jboss.weld.",)),
    ("JPA (EclipseLink)", ("org.eclipse.persistence.",)),
    ("JDBC driver (Connector/J)", ("com.mysql.cj.",)),
    ("connection pool and JTA", ("com.sun.enterprise.resource.", "com.sun.gjc.", "com.sun.enterprise.transaction.",
                                 "com.sun.jts.")),
    ("servlet container (Grizzly, Catalina)", ("org.glassfish.grizzly.", "org.apache.catalina.", "org.apache.coyote.")),
    ("JSON", ("org.eclipse.parsson.", "jakarta.json.")),
    ("multipart and uploads", ("org.apache.catalina.fileupload.", "org.apache.tomcat.util.http.fileupload.")),
    ("cryptography and random", ("sun.security.", "javax.crypto.", "com.sun.crypto.", "java.security.")),
    ("mail", ("jakarta.mail.", "com.sun.mail.", "org.eclipse.angus.")),
    ("portal code (vn.edu.portal)", ("vn.edu.portal.",)),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                         check=True, capture_output=True, text=True).stdout
    for block in out.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s+([\w$.<>]+)\(", block, re.M)
        yield (thread.group(1) if thread else "?"), frames


def main(path):
    request, other = [], 0
    for thread, frames in samples(path):
        if "http-thread-pool" in thread or "http-listener" in thread:
            request.append(frames)
        else:
            other += 1
    total = len(request)
    print(f"[profile] {total} samples on request threads, {other} on other threads ({path})")
    if not total:
        return
    inclusive = collections.Counter()
    for frames in request:
        seen = {name for name, prefixes in LAYERS if any(f.startswith(prefixes) for f in frames)}
        inclusive.update(seen)
    for name, _ in LAYERS:
        print(f"[profile]   {name:42s} {100.0 * inclusive[name] / total:5.1f} % of request samples (inclusive)")
    top = collections.Counter(frames[0] if frames else "?" for frames in request)
    print("[profile] innermost methods:")
    for method, n in top.most_common(12):
        print(f"[profile]   {100.0 * n / total:5.1f} %  {method}")


if __name__ == "__main__":
    main(sys.argv[1])
