package playground

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// Every example translates with the real pipeline, and the mapping the page
// gets points only at real Python lines, covers every Python line that
// holds a print, and leaves no //line directive in the Go.
func TestExamplesTranslate(t *testing.T) {
	srv := httptest.NewServer(New(Options{Translate: realTranslate}))
	defer srv.Close()
	for _, ex := range Examples() {
		t.Run(ex.Name, func(t *testing.T) {
			var resp TranslateResponse
			postJSON(t, srv.URL+"/translate", Request{Filename: "main.py", Source: ex.Source}, &resp)
			if resp.Error != "" || len(resp.Diagnostics) != 0 {
				t.Fatalf("error %q, diagnostics %+v", resp.Error, resp.Diagnostics)
			}
			goLines := strings.Split(strings.TrimSuffix(resp.Go, "\n"), "\n")
			if len(resp.Lines) != len(goLines) {
				t.Fatalf("%d mappings for %d Go lines", len(resp.Lines), len(goLines))
			}
			if strings.Contains(resp.Go, "//line ") {
				t.Error("the Go keeps //line directives")
			}
			pyLines := strings.Split(ex.Source, "\n")
			mapped := map[int]bool{}
			for i, n := range resp.Lines {
				if n < 0 || n > len(pyLines) {
					t.Errorf("Go line %d maps to Python line %d of %d", i+1, n, len(pyLines))
				}
				mapped[n] = true
			}
			for i, l := range pyLines {
				if strings.HasPrefix(strings.TrimSpace(l), "print(") && !mapped[i+1] {
					t.Errorf("Python line %d (%s) has no Go", i+1, strings.TrimSpace(l))
				}
			}
		})
	}
}
