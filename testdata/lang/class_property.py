# Checks: @property getters, setters with validation raising ValueError, and a
# computed read-only property.


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h


def main():
    t = Temperature(25.0)
    print(t.celsius, t.fahrenheit)
    t.celsius = 100.0
    print(t.celsius, t.fahrenheit)
    try:
        t.celsius = -300.0
    except ValueError as e:
        print("error:", e)
    print(t.celsius)
    r = Rect(3, 4)
    print(r.area)
    r.w = 10
    print(r.area)


main()
