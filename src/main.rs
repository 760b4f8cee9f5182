fn main() {
    lafayette::start();
}
