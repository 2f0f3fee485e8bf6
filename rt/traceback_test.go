package rt

import "testing"

// TestConsoleFuncNames checks the Python names tracebacks give the Go
// functions of REPL inputs, whose packages export every name.
func TestConsoleFuncNames(t *testing.T) {
	for goName, want := range map[string]string{
		"pyasync2go.build/repl/s123/c4.Run":                     "<module>",
		"pyasync2go.build/repl/s123/c4.Py_fetch":                "fetch",
		"pyasync2go.build/repl/s123/c4.(*Py_P).Py_hi":           "hi",
		"pyasync2go.build/repl/s123/c4.(*Py_fetchFrame).Resume": "fetch",
		"pyasync2go.build/repl/s123/c4.Py_Run":                  "Run",
		"pyasync2go.build/repl/s123/c4.Py_print_":               "print",
		"pyasync2go.build/repl/s123/c4.Py_Py_x":                 "Py_x",
	} {
		if got := consoleFuncName(pyFuncName(goName)); got != want {
			t.Errorf("%s: %q, want %q", goName, got, want)
		}
	}
}
