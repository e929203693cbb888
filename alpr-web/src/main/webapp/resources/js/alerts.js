// Live alert feed of the console: a WebSocket to /push/alerts that refreshes the queue and sounds a tone.
(function () {
    "use strict";
    var status = document.getElementById("pk-push-status");
    var soundButton = document.getElementById("pk-sound");
    var audio = null;

    // Browsers let a page make sound only after the user has interacted with it.
    soundButton.addEventListener("click", function () {
        audio = audio || new (window.AudioContext || window.webkitAudioContext)();
        soundButton.textContent = "Alert sound is on";
        soundButton.disabled = true;
    });

    function tone(priority) {
        if (!audio) {
            return;
        }
        var oscillator = audio.createOscillator();
        oscillator.frequency.value = priority === "URGENT" ? 880 : 660;
        oscillator.connect(audio.destination);
        oscillator.start();
        oscillator.stop(audio.currentTime + (priority === "URGENT" ? 0.8 : 0.3));
    }

    function connect() {
        var scheme = location.protocol === "https:" ? "wss://" : "ws://";
        var socket = new WebSocket(scheme + location.host + status.dataset.stream);
        socket.onopen = function () {
            status.textContent = "Live: new alerts appear here as they are raised.";
        };
        socket.onmessage = function (message) {
            var data = JSON.parse(message.data);
            if (data.type === "alert") {
                tone(data.alert.priority);
                status.textContent = "New " + data.alert.priority + " alert: " + data.alert.plate + " on "
                    + data.alert.listName;
                if (window.pkRefreshAlerts) {
                    window.pkRefreshAlerts();
                }
            }
        };
        socket.onclose = function () {
            status.textContent = "The live feed is disconnected; reconnecting...";
            setTimeout(connect, 3000);
        };
    }

    connect();
})();
