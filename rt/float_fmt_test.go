package rt

import (
	"fmt"
	"math"
	"testing"
)

// Expected values are CPython 3.11's f-strings of the same values.
func TestFloatFmtSpecialValues(t *testing.T) {
	cases := []struct {
		format string
		v      float64
		want   string
	}{
		{"%.6f", math.Inf(1), "inf"},                // f"{float('inf'):f}"
		{"%.6F", math.NaN(), "NAN"},                 // f"{float('nan'):F}"
		{"%10.2f", math.Inf(-1), "      -inf"},      // f"{float('-inf'):10.2f}"
		{"%-6.2e", math.Inf(1), "inf   "},           // f"{float('inf'):<6.2e}"
		{"%.2f", 2.345, "2.35"},                     // f"{2.345:.2f}"
		{"%.6f", math.Copysign(0, -1), "-0.000000"}, // f"{-0.0:f}"
		{"%08.3f", -1.5, "-001.500"},                // f"{-1.5:08.3f}"
	}
	for _, c := range cases {
		if got := fmt.Sprintf(c.format, FloatFmt(c.v)); got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.v, got, c.want)
		}
	}
}
