package check

import "github.com/pyasync2go/pyasync2go/ast"

// DateTimeAttrs are the attributes of datetime and timedelta values, with
// the rt method that reads each.
var DateTimeAttrs = map[Kind]map[string]*Type{
	DateTime: {"year": tInt, "month": tInt, "day": tInt, "hour": tInt, "minute": tInt,
		"second": tInt, "microsecond": tInt},
	TimeDelta: {"days": tInt, "seconds": tInt, "microseconds": tInt},
}

// dateTimeMethod types the methods of datetime and timedelta values.
func (c *checker) dateTimeMethod(recv *Type, attr string, e *ast.Call) *Type {
	ts := c.args(e)
	c.noKeywords(e, attr)
	switch {
	case recv.Kind == DateTime && attr == "strftime":
		if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Str && ts[0].Kind != Unknown {
			c.errorf(e.Args[0].Position(), "strftime() argument 1 must be str, not %s", ts[0])
		}
		return tStr
	case recv.Kind == DateTime && attr == "isoformat":
		c.wantArgs(e, attr, 0, 0)
		return tStr
	case recv.Kind == DateTime && attr == "timestamp":
		c.wantArgs(e, attr, 0, 0)
		return tFloat
	case recv.Kind == TimeDelta && attr == "total_seconds":
		c.wantArgs(e, attr, 0, 0)
		return tFloat
	}
	c.errorf(e.Func.Position(), "unsupported: method '%s' of %s", attr, recv)
	return tUnknown
}
