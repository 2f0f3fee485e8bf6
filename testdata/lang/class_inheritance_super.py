# Checks: single inheritance over three levels, overriding, super().__init__ and
# super().method(), isinstance on the hierarchy, and methods inherited unchanged.


class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."

    def speak(self):
        return f"{self.name} says {self.sound()}"

    def kind(self):
        return "animal"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def sound(self):
        return "woof"

    def kind(self):
        return "dog/" + super().kind()


class Puppy(Dog):
    def sound(self):
        return super().sound() + "ish"

    def kind(self):
        return "puppy/" + super().kind()


def main():
    animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
    for a in animals:
        print(a.speak(), "|", a.kind())
    p = animals[2]
    print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal))
    print(isinstance(animals[0], Dog), type(p).__name__)
    print(p.breed, p.name)


main()
