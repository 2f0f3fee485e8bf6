package main

import (
	"strings"
	"testing"
)

func TestServeRefusesBadArguments(t *testing.T) {
	r := runCLI(t, "serve", "main.py")
	if r.code != exitUsage || !strings.Contains(r.stderr, "unexpected arguments: main.py") {
		t.Errorf("serve main.py: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runCLI(t, "serve", "-open=false", "-addr", "192.0.2.1:80")
	if r.code == exitOK || !strings.Contains(r.stderr, "loopback") {
		t.Errorf("serve on a non-loopback address: exit %d, stderr %q", r.code, r.stderr)
	}
}
